using System.CommandLine;
using PlanBot.Core;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Cli.Input;

/// <summary>
/// <c>--answers FILE</c>: a fill-in block (<c>team.size: 4</c> lines, <c># comments</c>), read exactly as a PR
/// reply would be. Without it the bundled sample brings its own answers; any other documents get none.
/// </summary>
public sealed class AnswersInput
{
    private readonly Option<string?> option = new("--answers") { Description = "Answers file in the fill-in format (team.size: 4)." };

    public void AddTo(Command command) => command.Options.Add(option);

    public async Task<SourceText?> LoadAsync(ParseResult parseResult, DocumentPair documents, CancellationToken cancellationToken)
    {
        var path = parseResult.GetValue(option);
        if (path is null)
        {
            return documents.IsBundledSample ? BundledSample.Answers : null;
        }

        return await InputFile.ReadAsync(path, "answers file", InputLimits.AnswersBytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Answers are stamped with the planning date, not the wall clock, so a pinned <c>--today</c> gives the same plan.</summary>
    public static AnswerCollection Collect(ICliEngine engine, SourceText? file, Questionnaire questionnaire, DateOnly today) =>
        file is null
            ? new AnswerCollection(AnswerSet.Empty, ValueList<AnswerFinding>.Empty)
            : engine.CollectAnswers(file.Text, questionnaire, Moment(today));

    /// <summary>The moment answers from a file are recorded at and the plan is made for: the start of the planning date, UTC.</summary>
    public static DateTimeOffset Moment(DateOnly today) => new(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
