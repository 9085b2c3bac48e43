using System.CommandLine;
using System.Globalization;
using PlanBot.Cli.Input;
using PlanBot.Cli.Output;
using PlanBot.Core.Engine;

namespace PlanBot.Cli.Commands;

/// <summary>
/// <c>planbot plan [dir] [--answers FILE] [--out FILE] [--template FILE] [--config FILE] [--today yyyy-MM-dd]</c>: the
/// <c>IMPLEMENTATION_PLAN.md</c> the App would commit, written by the App's own <see cref="PlanWriter"/> from the same
/// configuration. Answer and configuration problems go to stderr; the plan is still made.
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
            var pair = await documents.LoadAsync(parseResult, context.Error, cancellationToken).ConfigureAwait(false);
            var answersFile = await answers.LoadAsync(parseResult, pair, cancellationToken).ConfigureAwait(false);
            var planTemplate = await template.LoadAsync(parseResult, pair, context.Error, cancellationToken).ConfigureAwait(false);
            var date = today.Resolve(parseResult, context.Clock);

            var set = pair.AnalyzeWith(context.Engine);
            var questionnaire = context.Engine.BuildQuestionnaire(set, pair.Settings.Config);
            var collection = AnswersInput.Collect(context.Engine, answersFile, questionnaire, date);
            if (answersFile is not null)
            {
                foreach (var finding in collection.Findings)
                {
                    await context.Error.WriteLineAsync(FindingLines.Format(finding, answersFile).AsMemory(), cancellationToken).ConfigureAwait(false);
                }
            }

            var written = new PlanWriter(context.Engine).Write(new PlanInputs(
                set, questionnaire, collection.Answers, pair.Settings.Config, planTemplate?.Template, CoreEngine.AnswerAuthor, AnswersInput.Moment(date)));
            await ReportTemplateErrorAsync(written, planTemplate, context.Error, cancellationToken).ConfigureAwait(false);
            var plan = written.Plan;
            var markdown = written.Markdown;
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

    /// <summary>
    /// A template named with <c>--template</c> that cannot render the plan fails the command: that is the user's input.
    /// One the configuration names is taken as the App takes it: the built-in template wrote the plan, and a note says why.
    /// </summary>
    private static async Task ReportTemplateErrorAsync(WrittenPlan written, TemplateFile? template, TextWriter error, CancellationToken cancellationToken)
    {
        if (written.TemplateError is not { } message || template is null)
        {
            return;
        }

        if (!template.Configured)
        {
            throw new CliInputException(TemplateInput.Describe(template.DisplayPath, message));
        }

        await error.WriteLineAsync($"planbot: note: {TemplateInput.Describe(template.DisplayPath, message)}; the built-in template wrote the plan".AsMemory(), cancellationToken).ConfigureAwait(false);
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
