using System.CommandLine;
using PlanBot.Cli.Input;

namespace PlanBot.Cli.Commands;

/// <summary><c>planbot questions [dir] [--answers FILE] [--config FILE]</c>: the scoping comment PlanBot would post on the PR, with the configured questions.</summary>
public sealed class QuestionsCommand : ICliCommand
{
    public Command Create(CliContext context)
    {
        var documents = new DocumentInputs();
        var answers = new AnswersInput();
        var today = new TodayOption();
        var command = new Command("questions", "Print the scoping comment (Markdown) for the PRD and TRD.");
        documents.AddTo(command);
        answers.AddTo(command);
        today.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var pair = await documents.LoadAsync(parseResult, context.Error, cancellationToken).ConfigureAwait(false);
            var answersFile = await answers.LoadAsync(parseResult, pair, cancellationToken).ConfigureAwait(false);
            var set = pair.AnalyzeWith(context.Engine);
            var questionnaire = context.Engine.BuildQuestionnaire(set, pair.Settings.Config);
            var collection = AnswersInput.Collect(context.Engine, answersFile, questionnaire, today.Resolve(parseResult, context.Clock));
            var comment = context.Engine.RenderQuestions(
                questionnaire,
                collection.Answers,
                collection.Findings,
                context.Engine.Review(set));
            await context.Out.WriteAsync(comment.AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
