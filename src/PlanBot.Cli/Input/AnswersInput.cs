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
    public const string Author = "cli";

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

    public static AnswerCollection Collect(SourceText? file, Questionnaire questionnaire, DateOnly today)
    {
        if (file is null)
        {
            return new AnswerCollection(AnswerSet.Empty, ValueList<AnswerFinding>.Empty);
        }

        var raws = new AnswerReader().Read(file.Text, questionnaire)
            .Select(raw => raw with { Source = AnswerSource.File })
            .ToValueList();
        var at = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return new AnswerCollector().Collect(raws, questionnaire, AnswerSet.Empty, Author, at);
    }
}
