using System.Text.Json.Serialization;

namespace PlanBot.Core.Scoping.Answers;

/// <summary>A normalised answer. <see cref="Display"/> is how the bot shows it back ("4 people (3 backend, 1 QA)").</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextValue), "text")]
[JsonDerivedType(typeof(NumberValue), "number")]
[JsonDerivedType(typeof(TeamValue), "team")]
[JsonDerivedType(typeof(HoursValue), "hours")]
[JsonDerivedType(typeof(DateValue), "date")]
[JsonDerivedType(typeof(DurationValue), "duration")]
[JsonDerivedType(typeof(YesNoValue), "yesno")]
[JsonDerivedType(typeof(ListValue), "list")]
public abstract record AnswerValue
{
    [JsonIgnore]
    public abstract string Display { get; }
}
