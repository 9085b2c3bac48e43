using System.CommandLine;
using System.Globalization;
using PlanBot.Cli.Input;
using PlanBot.Cli.Output;
using PlanBot.Core.Engine;
using PlanBot.Core.Planning;

namespace PlanBot.Cli.Commands;

/// <summary>
/// <c>planbot plan [dir] [--answers FILE] [--out FILE] [--template FILE] [--today yyyy-MM-dd]</c>: the
/// <c>IMPLEMENTATION_PLAN.md</c> the bot would commit. Answer problems go to stderr; the plan is still made.
/// </summary>
public sealed class PlanCommand : ICliCommand
{
    public Command Create(CliContext context)
    {
        var documents = new DocumentInputs();
        var answers = new AnswersInput();
        var template = new TemplateInput();
        var today = new TodayOption();
        var output = new Option<string?>("--out") { Description = "Write the plan to this file instead of stdout." };
        var command = new Command("plan", "Generate IMPLEMENTATION_PLAN.md from the PRD, TRD and answers.");
        documents.AddTo(command);
        answers.AddTo(command);
        command.Options.Add(output);
        template.AddTo(command);
        today.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            // Every input is read and checked before the (slower) analysis, so a typo fails fast.
            var pair = await documents.LoadAsync(parseResult, cancellationToken).ConfigureAwait(false);
            var answersFile = await answers.LoadAsync(parseResult, pair, cancellationToken).ConfigureAwait(false);
            var customTemplate = await template.LoadAsync(parseResult, cancellationToken).ConfigureAwait(false);
            var date = today.Resolve(parseResult, context.Clock);

            var set = pair.AnalyzeWith(context.Engine);
            var questionnaire = context.Engine.BuildQuestionnaire(set);
            var collection = AnswersInput.Collect(context.Engine, answersFile, questionnaire, date);
            if (answersFile is not null)
            {
                foreach (var finding in collection.Findings)
                {
                    await context.Error.WriteLineAsync(FindingLines.Format(finding, answersFile).AsMemory(), cancellationToken).ConfigureAwait(false);
                }
            }

            var plan = context.Engine.Plan(set, questionnaire, collection.Answers, new PlanningOptions(date));
            var markdown = Render(plan, customTemplate);
            var outPath = parseResult.GetValue(output);
            if (outPath is null)
            {
                await context.Out.WriteAsync(markdown.AsMemory(), cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            await WriteAsync(outPath, markdown, cancellationToken).ConfigureAwait(false);
            var weeks = plan.Document.Phases.Sum(p => p.Weeks.Count);
            await context.Error.WriteLineAsync(
                $"planbot: wrote {outPath} ({Count(plan.Document.Phases.Count, "phase")}, {Count(weeks, "week")})".AsMemory(),
                cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Render(GeneratedPlan plan, TemplateFile? customTemplate)
    {
        if (customTemplate is null)
        {
            return plan.Render(null);
        }

        try
        {
            return plan.Render(customTemplate.Template);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A custom template fails at render time too (an unknown variable, a step limit): that is the user's input.
            throw new CliInputException(TemplateInput.Describe(customTemplate.DisplayPath, e.Message), e);
        }
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    private static async Task WriteAsync(string path, string markdown, CancellationToken cancellationToken)
    {
        try
        {
            await File.WriteAllTextAsync(path, markdown, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"cannot write {path}: {CliApp.OneLine(e.Message)}", e);
        }
    }
}
