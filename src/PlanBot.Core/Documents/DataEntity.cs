namespace PlanBot.Core.Documents;

/// <summary>A table or entity (from SQL <c>CREATE TABLE</c>, schema tables, Prisma models, entity headings).</summary>
public sealed record DataEntity(string Name, int Line, ValueList<string> Fields);
