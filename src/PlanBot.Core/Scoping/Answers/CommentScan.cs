using System.Text.RegularExpressions;

namespace PlanBot.Core.Scoping.Answers;

/// <summary>The state of one pass over a comment's lines.</summary>
internal sealed partial class CommentScan(Questionnaire questionnaire)
{
    private readonly List<RawAnswer> answers = [];
    private readonly List<string> quote = [];
    private readonly List<string> quoted = [];
    private readonly Dictionary<string, List<string>> ticked = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, HashSet<string>> rendered = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> prefixes = new(
        questionnaire.Questions.Select(q => q.Id.Split('.')[0]),
        StringComparer.OrdinalIgnoreCase);

    private string? fence;
    private bool fenceHoldsAnswers;
    private string? quotedId;
    private string? openKey;
    private readonly List<string> openKeyLines = [];

    public ValueList<RawAnswer> Run(string body)
    {
        foreach (var line in body.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            if (fence is not null)
            {
                InFence(line);
            }
            else
            {
                OutsideFence(line);
            }
        }

        EndKey();
        EndQuoteAnswer();
        foreach (var (id, keys) in ticked)
        {
            if (!(rendered.TryGetValue(id, out var state) && state.SetEquals(keys)))
            {
                answers.Add(new RawAnswer(CanonicalId(id), keys.Count == 0 ? "none" : string.Join(", ", keys), AnswerSource.Checkbox));
            }
        }

        return answers.ToValueList();
    }

    private void InFence(string line)
    {
        if (line.TrimStart().StartsWith(fence!, StringComparison.Ordinal) && line.Trim().Trim(fence![0]).Length == 0)
        {
            EndKey();
            fence = null;
            return;
        }

        if (fenceHoldsAnswers)
        {
            KeyOrContinuation(line, anyKey: true);
        }
    }

    private void OutsideFence(string line)
    {
        var opening = FenceOpen().Match(line);
        if (opening.Success)
        {
            EndKey();
            EndQuoteAnswer();
            fence = opening.Groups["fence"].Value;
            fenceHoldsAnswers = opening.Groups["info"].Value.Trim().ToLowerInvariant() is "" or "yaml" or "yml" or "text" or "txt";
            return;
        }

        var quoteLine = QuoteLine().Match(line);
        if (quoteLine.Success)
        {
            EndKey();
            EndQuoteAnswer();
            quote.Add(quoteLine.Groups["text"].Value);
            return;
        }

        if (quote.Count > 0)
        {
            quotedId = QuotedQuestion();
            quote.Clear();
        }

        var command = AnswerCommand().Match(line);
        if (command.Success)
        {
            EndKey();
            EndQuoteAnswer();
            Add(command.Groups["id"].Value, command.Groups["value"].Value, AnswerSource.Command);
            return;
        }

        var choice = ChoiceMarker.ChoiceLine().Match(line);
        if (choice.Success)
        {
            EndQuoteAnswer();
            var keys = Ticked(choice.Groups["id"].Value);
            if (choice.Groups["tick"].Value != " ")
            {
                keys.Add(choice.Groups["key"].Value.Trim());
            }

            return;
        }

        var state = ChoiceMarker.StateLine().Match(line);
        if (state.Success)
        {
            rendered[state.Groups["id"].Value] = new HashSet<string>(
                state.Groups["keys"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                StringComparer.Ordinal);
            return;
        }

        if (KeyOrContinuation(line, anyKey: false))
        {
            EndQuoteAnswer();
            return;
        }

        if (quotedId is not null)
        {
            quoted.Add(line);
        }
    }

    /// <returns>Whether the line was an <c>id: value</c> line or the continuation of one.</returns>
    private bool KeyOrContinuation(string line, bool anyKey)
    {
        var pair = KeyValue().Match(line);
        if (pair.Success && (anyKey || LooksLikeQuestionId(pair.Groups["id"].Value)))
        {
            EndKey();
            var value = Uncomment(pair.Groups["value"].Value);
            if (value.Length > 0)
            {
                Add(pair.Groups["id"].Value, value, AnswerSource.FillInBlock);
            }
            else
            {
                openKey = pair.Groups["id"].Value;
            }

            return true;
        }

        if (openKey is not null && Continuation().IsMatch(line))
        {
            openKeyLines.Add(Uncomment(line));
            return true;
        }

        if (line.TrimStart().StartsWith('#'))
        {
            return anyKey;
        }

        EndKey();
        return false;
    }

    private void EndKey()
    {
        if (openKey is not null && openKeyLines.Count > 0)
        {
            Add(openKey, string.Join("\n", openKeyLines), AnswerSource.FillInBlock);
        }

        openKey = null;
        openKeyLines.Clear();
    }

    private void EndQuoteAnswer()
    {
        if (quotedId is not null)
        {
            var text = string.Join("\n", quoted).Trim();
            if (text.Length > 0)
            {
                answers.Add(new RawAnswer(quotedId, text, AnswerSource.QuoteReply));
            }
        }

        quotedId = null;
        quoted.Clear();
    }

    /// <summary>
    /// The question a quote refers to: the one id written in it, else the longest prompt it contains. A quote
    /// naming several questions (a quote reply of the whole scoping comment) is ambiguous and answers nothing.
    /// </summary>
    private string? QuotedQuestion()
    {
        var text = string.Join(" ", quote);
        var named = questionnaire.Questions.Where(q => Names(text, q.Id)).Select(q => q.Id).Take(2).ToList();
        if (named.Count > 0)
        {
            return named.Count == 1 ? named[0] : null;
        }

        // Same rule for prompts: the quote holds exactly one whole prompt, or is a part (12+ characters) of exactly one.
        var words = Simplify(text);
        var prompts = questionnaire.Questions.Select(q => (q.Id, Prompt: Simplify(q.Prompt))).Where(x => x.Prompt.Length > 0).ToList();
        var whole = prompts.Where(x => words.Contains(x.Prompt, StringComparison.Ordinal)).Take(2).ToList();
        var part = words.Length < 12 ? [] : prompts.Where(x => x.Prompt.Contains(words, StringComparison.Ordinal)).Take(2).ToList();
        return whole.Count == 1 ? whole[0].Id : whole.Count == 0 && part.Count == 1 ? part[0].Id : null;
    }

    /// <summary>Whether <paramref name="text"/> holds <paramref name="id"/> as a whole id, not as part of a longer one.</summary>
    private static bool Names(string text, string id)
    {
        for (var at = id.Length == 0 ? -1 : text.IndexOf(id, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(id, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + id.Length;
            if ((at == 0 || !IsIdChar(text[at - 1])) && (end == text.Length || !IsIdChar(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIdChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '.';

    private List<string> Ticked(string id)
    {
        if (!ticked.TryGetValue(id, out var keys))
        {
            keys = [];
            ticked[id] = keys;
        }

        return keys;
    }

    /// <summary>
    /// Outside a fill-in block, prose like "Note: …" or "e.g.: …" must not become an answer, so only ids that
    /// are known, or share a known id's first part (a typo of one), count.
    /// </summary>
    private bool LooksLikeQuestionId(string id) =>
        questionnaire.Find(id) is not null || (id.Contains('.', StringComparison.Ordinal) && prefixes.Contains(id.Split('.')[0]));

    private void Add(string id, string value, AnswerSource source)
    {
        var text = value.Trim();
        if (text.Length > 0)
        {
            answers.Add(new RawAnswer(CanonicalId(id), text, source));
        }
    }

    private string CanonicalId(string id) => questionnaire.Find(id.Trim())?.Id ?? id.Trim();

    private static string Uncomment(string value)
    {
        var text = YamlComment().Replace(value, string.Empty).Trim();
        return text.Length >= 2 && (text[0] is '"' or '\'') && text[^1] == text[0] ? text[1..^1].Trim() : text;
    }

    private static string Simplify(string text) =>
        NotWord().Replace(Markup().Replace(text.ToLowerInvariant(), string.Empty), " ").Trim();

    [GeneratedRegex(@"^\s{0,3}(?<fence>`{3,}|~{3,})\s*(?<info>[^`]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex FenceOpen();

    [GeneratedRegex(@"^\s{0,3}>\s?(?<text>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex QuoteLine();

    [GeneratedRegex(@"^\s*/planbot\s+answer\s+(?<id>\S+)\s+(?<value>.*\S)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnswerCommand();

    [GeneratedRegex(@"^\s*(?:[-*]\s+)?`?(?<id>[A-Za-z][\w-]*(?:\.[\w-]+)*)`?\s*:\s*(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"^\s+\S|^\s*[-*+]\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex Continuation();

    [GeneratedRegex(@"(?:^|\s+)#(?=\s|$).*$", RegexOptions.CultureInvariant)]
    private static partial Regex YamlComment();

    [GeneratedRegex(@"[*_`~]|<!--.*?-->|[✅⬜⚠️❓]")]
    private static partial Regex Markup();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NotWord();
}
