using PlanBot.Core.Documents;

namespace PlanBot.Core.Conversation;

/// <summary>Why a document at the pull request's head cannot be used: it is not there, or it is larger than the limit (<see cref="Size"/> bytes).</summary>
public sealed record DocumentProblem(DocumentKind Document, string Path, DocumentProblemKind Kind, long Size);
