using PlanBot.Core.Planning;
using PlanBot.Core.Rendering;

namespace PlanBot.Core.Engine;

/// <summary>
/// A plan made from the documents and answers: its trackable <see cref="Document"/> and how to render it,
/// with the built-in template (<c>null</c>) or a custom one. Rendering is separate so template errors can be
/// told apart from planning errors.
/// </summary>
public sealed record GeneratedPlan(PlanDocument Document, Func<PlanTemplate?, string> Render);
