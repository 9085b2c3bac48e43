using PlanBot.Core.Documents;
using PlanBot.Core.Scoping;

namespace PlanBot.Core.Conversation;

/// <summary>What the scoping comment is made from: the questions tailored to the documents and their quality findings.</summary>
public sealed record DocumentAnalysis(Questionnaire Questionnaire, ValueList<QualityFinding> QualityFindings);
