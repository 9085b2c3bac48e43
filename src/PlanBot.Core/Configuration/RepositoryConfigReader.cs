using System.Globalization;
using PlanBot.Core.Ports;
using PlanBot.Core.Scoping;
using PlanBot.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PlanBot.Core.Configuration;

/// <summary>
/// Reads <c>.github/planbot.yml</c>. Every unknown key and bad value is reported with the line it is on, quoted;
/// nothing here throws.
/// </summary>
public static class RepositoryConfigReader
{
    public const int MaxBytes = 64 * 1024;

    private static readonly string[] TopLevelKeys = ["documents", "plan", "team", "questions", "tracking"];
    private static readonly string[] DocumentKeys = ["prd", "trd"];
    private static readonly string[] PlanKeys = ["path", "template", "phase_names"];
    private static readonly string[] TeamKeys = ["hours_per_person_per_week"];
    private static readonly string[] QuestionsKeys = ["overrides", "extra"];
    private static readonly string[] OverrideKeys = ["prompt", "default", "required"];
    private static readonly string[] ExtraKeys = ["id", "category", "prompt", "type", "default", "required"];
    private static readonly string[] TrackingKeys = ["label", "close_weeks_automatically", "sub_issues"];

    private static readonly Dictionary<string, QuestionCategory> Categories = new(StringComparer.OrdinalIgnoreCase)
    {
        ["team"] = QuestionCategory.TeamAndResources,
        ["timeline"] = QuestionCategory.TimelineAndPriorities,
        ["risk"] = QuestionCategory.RiskAssessment,
        ["quality"] = QuestionCategory.QualityAndTesting,
        ["deployment"] = QuestionCategory.DeploymentAndOperations,
    };

    private static readonly Dictionary<string, AnswerType> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = AnswerType.Text,
        ["integer"] = AnswerType.Integer,
        ["date"] = AnswerType.Date,
        ["duration"] = AnswerType.Duration,
        ["yes_no"] = AnswerType.YesNo,
        ["list"] = AnswerType.List,
    };

    /// <summary>
    /// The file as any reader found it (GitHub at a ref, the command line on disk): none gives the defaults, one over
    /// <see cref="MaxBytes"/> (not even downloaded) gives the same problem wherever it was read.
    /// </summary>
    public static ConfigReadResult Read(RepositoryFile? file) => file switch
    {
        null => new ConfigReadResult(RepositoryConfig.Default, ValueList<ConfigProblem>.Empty),
        { Text: { } yaml } => Read(yaml),
        _ => TooLarge(),
    };

    public static ConfigReadResult Read(string? yaml)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return new ConfigReadResult(RepositoryConfig.Default, ValueList<ConfigProblem>.Empty);
        }

        if (System.Text.Encoding.UTF8.GetByteCount(yaml) > MaxBytes)
        {
            return TooLarge();
        }

        var lines = yaml.ReplaceLineEndings("\n").Split('\n');
        var session = new ReadSession(lines);
        YamlMappingNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0)
            {
                return new ConfigReadResult(RepositoryConfig.Default, ValueList<ConfigProblem>.Empty);
            }

            root = stream.Documents[0].RootNode as YamlMappingNode;
            if (root is null)
            {
                return Invalid(session.Problem(stream.Documents[0].RootNode, "the file must be a mapping of settings (`documents:`, `plan:`, …)."));
            }
        }
        catch (YamlException exception)
        {
            var line = (int)Math.Min(exception.Start.Line, int.MaxValue);
            return Invalid(new ConfigProblem(line, session.LineText(line), $"invalid YAML: {FirstSentence(exception.Message)}"));
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these instead of a YamlException on some malformed flow mappings; they carry no position.
            return Invalid(new ConfigProblem(0, string.Empty, "invalid YAML: the file could not be read as YAML (check brackets, braces and quotes)."));
        }

        var config = session.ReadRoot(root);
        return session.Problems.Count == 0
            ? new ConfigReadResult(config, ValueList<ConfigProblem>.Empty)
            : new ConfigReadResult(RepositoryConfig.Default, session.Problems.ToValueList());
    }

    private static ConfigReadResult TooLarge() =>
        Invalid(new ConfigProblem(0, string.Empty, $"{RepositoryConfig.Path} is larger than {MaxBytes / 1024} KiB; PlanBot reads only smaller files."));

    private static ConfigReadResult Invalid(ConfigProblem problem) => new(RepositoryConfig.Default, new[] { problem });

    private static string FirstSentence(string message)
    {
        var closing = message.IndexOf("): ", StringComparison.Ordinal);
        return closing >= 0 ? message[(closing + 3)..] : message;
    }

    private sealed class ReadSession(string[] lines)
    {
        public List<ConfigProblem> Problems { get; } = [];

        public string LineText(int line) => line >= 1 && line <= lines.Length ? lines[line - 1].Trim() : string.Empty;

        public ConfigProblem Problem(YamlNode node, string message)
        {
            var line = (int)Math.Min(node.Start.Line, int.MaxValue);
            return new ConfigProblem(line, LineText(line), message);
        }

        public RepositoryConfig ReadRoot(YamlMappingNode root)
        {
            var config = RepositoryConfig.Default;
            foreach (var (key, value) in Entries(root, TopLevelKeys, "the top level"))
            {
                config = key switch
                {
                    "documents" => ReadDocuments(config, value),
                    "plan" => ReadPlan(config, value),
                    "team" => ReadTeam(config, value),
                    "questions" => ReadQuestions(config, value),
                    _ => ReadTracking(config, value),
                };
            }

            return config;
        }

        private RepositoryConfig ReadDocuments(RepositoryConfig config, YamlNode node)
        {
            foreach (var (key, value) in Entries(node, DocumentKeys, "`documents`"))
            {
                var path = RepositoryPath(value);
                if (path is not null)
                {
                    config = key == "prd" ? config with { PrdPath = path } : config with { TrdPath = path };
                }
            }

            return config;
        }

        private RepositoryConfig ReadPlan(RepositoryConfig config, YamlNode node)
        {
            foreach (var (key, value) in Entries(node, PlanKeys, "`plan`"))
            {
                switch (key)
                {
                    case "path":
                        config = RepositoryPath(value) is { } path ? config with { PlanPath = path } : config;
                        break;
                    case "template":
                        config = RepositoryPath(value) is { } template ? config with { TemplatePath = template } : config;
                        break;
                    default:
                        var names = StringList(value);
                        if (names is { Count: > 4 })
                        {
                            Problems.Add(Problem(value, "`phase_names` takes at most four names, one per phase of the plan standard."));
                        }
                        else if (names is not null)
                        {
                            config = config with { PhaseNames = names };
                        }

                        break;
                }
            }

            return config;
        }

        private RepositoryConfig ReadTeam(RepositoryConfig config, YamlNode node)
        {
            foreach (var (_, value) in Entries(node, TeamKeys, "`team`"))
            {
                if (Scalar(value) is { } text && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var hours) && hours is > 0 and <= 80)
                {
                    config = config with { HoursPerPersonPerWeek = hours };
                }
                else
                {
                    Problems.Add(Problem(value, "`hours_per_person_per_week` must be a number of hours between 1 and 80, e.g. `30`."));
                }
            }

            return config;
        }

        private RepositoryConfig ReadQuestions(RepositoryConfig config, YamlNode node)
        {
            foreach (var (key, value) in Entries(node, QuestionsKeys, "`questions`"))
            {
                config = key == "overrides"
                    ? config with { QuestionOverrides = ReadOverrides(value) }
                    : config with { ExtraQuestions = ReadExtras(value) };
            }

            return config;
        }

        private ValueList<QuestionSetting> ReadOverrides(YamlNode node)
        {
            var settings = new List<QuestionSetting>();
            if (node is not YamlMappingNode mapping)
            {
                Problems.Add(Problem(node, "`overrides` maps question ids to settings, e.g. `team.size: { default: \"4\" }`."));
                return settings;
            }

            foreach (var (idNode, value) in mapping.Children)
            {
                var id = Scalar(idNode) ?? string.Empty;
                string? prompt = null, @default = null;
                bool? required = null;
                foreach (var (key, setting) in Entries(value, OverrideKeys, $"`{id}`"))
                {
                    switch (key)
                    {
                        case "prompt":
                            prompt = Scalar(setting);
                            break;
                        case "default":
                            @default = Scalar(setting);
                            break;
                        default:
                            required = Boolean(setting);
                            break;
                    }
                }

                settings.Add(new QuestionSetting(id, prompt, @default, required));
            }

            return settings;
        }

        private ValueList<ExtraQuestionSetting> ReadExtras(YamlNode node)
        {
            var extras = new List<ExtraQuestionSetting>();
            if (node is not YamlSequenceNode sequence)
            {
                Problems.Add(Problem(node, "`extra` is a list of questions, each with `id`, `category`, `prompt` and `type`."));
                return extras;
            }

            foreach (var item in sequence.Children)
            {
                var fields = Entries(item, ExtraKeys, "an extra question").ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
                var id = fields.TryGetValue("id", out var idNode) ? Scalar(idNode) : null;
                var prompt = fields.TryGetValue("prompt", out var promptNode) ? Scalar(promptNode) : null;
                if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(prompt))
                {
                    Problems.Add(Problem(item, "an extra question needs an `id` and a `prompt`."));
                    continue;
                }

                var category = Choice(fields, "category", Categories, QuestionCategory.RiskAssessment);
                var type = Choice(fields, "type", Types, AnswerType.Text);
                var @default = fields.TryGetValue("default", out var defaultNode) ? Scalar(defaultNode) : null;
                var required = fields.TryGetValue("required", out var requiredNode) && (Boolean(requiredNode) ?? false);
                extras.Add(new ExtraQuestionSetting(id, category, prompt, type, @default, required));
            }

            return extras;
        }

        private RepositoryConfig ReadTracking(RepositoryConfig config, YamlNode node)
        {
            foreach (var (key, value) in Entries(node, TrackingKeys, "`tracking`"))
            {
                switch (key)
                {
                    case "label":
                        var label = Scalar(value);
                        if (string.IsNullOrWhiteSpace(label) || label.Length > 50 || label.Contains(',', StringComparison.Ordinal))
                        {
                            Problems.Add(Problem(value, "`label` must be a label name of at most 50 characters, without commas."));
                        }
                        else
                        {
                            config = config with { Label = label };
                        }

                        break;
                    case "close_weeks_automatically":
                        config = Boolean(value) is { } close ? config with { CloseWeeksAutomatically = close } : config;
                        break;
                    default:
                        config = Boolean(value) is { } subIssues ? config with { SubIssues = subIssues } : config;
                        break;
                }
            }

            return config;
        }

        private IEnumerable<KeyValuePair<string, YamlNode>> Entries(YamlNode node, string[] allowed, string where)
        {
            if (node is not YamlMappingNode mapping)
            {
                Problems.Add(Problem(node, $"{where} must be a mapping with keys {string.Join(", ", allowed.Select(k => $"`{k}`"))}."));
                yield break;
            }

            foreach (var (keyNode, value) in mapping.Children)
            {
                var key = Scalar(keyNode) ?? string.Empty;
                if (allowed.Contains(key, StringComparer.Ordinal))
                {
                    yield return new KeyValuePair<string, YamlNode>(key, value);
                    continue;
                }

                var suggestion = Suggestions.Closest(key, allowed);
                Problems.Add(Problem(keyNode, suggestion is null
                    ? $"unknown key `{key}` in {where}; known keys: {string.Join(", ", allowed.Select(k => $"`{k}`"))}."
                    : $"unknown key `{key}` in {where}; did you mean `{suggestion}`?"));
            }
        }

        private T Choice<T>(Dictionary<string, YamlNode> fields, string name, Dictionary<string, T> choices, T fallback)
        {
            if (!fields.TryGetValue(name, out var node))
            {
                return fallback;
            }

            if (Scalar(node) is { } text && choices.TryGetValue(text, out var value))
            {
                return value;
            }

            Problems.Add(Problem(node, $"`{name}` must be one of {string.Join(", ", choices.Keys.Select(k => $"`{k}`"))}."));
            return fallback;
        }

        private string? RepositoryPath(YamlNode node)
        {
            var path = Scalar(node);
            if (string.IsNullOrWhiteSpace(path) || path.StartsWith('/') || path.Split('/').Contains("..") || path.Contains('\\', StringComparison.Ordinal))
            {
                Problems.Add(Problem(node, "a path must be relative to the repository root, with `/` separators and no `..`, e.g. `docs/PRD.md`."));
                return null;
            }

            return path;
        }

        private ValueList<string>? StringList(YamlNode node)
        {
            if (node is YamlSequenceNode sequence && sequence.Children.All(c => Scalar(c) is { Length: > 0 }))
            {
                return sequence.Children.Select(c => Scalar(c)!).ToValueList();
            }

            Problems.Add(Problem(node, "expected a list of names, e.g. `[\"Foundation\", \"Features\"]`."));
            return null;
        }

        private bool? Boolean(YamlNode node)
        {
            var text = Scalar(node);
            if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) || string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
            {
                return string.Equals(text, "true", StringComparison.OrdinalIgnoreCase);
            }

            Problems.Add(Problem(node, "expected `true` or `false`."));
            return null;
        }

        private static string? Scalar(YamlNode node) => (node as YamlScalarNode)?.Value;
    }
}
