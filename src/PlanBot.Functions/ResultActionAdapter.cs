using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace PlanBot.Functions;

/// <summary>
/// The Functions ASP.NET Core integration executes <see cref="IActionResult"/>s; the shared ingress returns
/// minimal-API <see cref="IResult"/>s, so this runs one as the other.
/// </summary>
public sealed class ResultActionAdapter(IResult result) : IActionResult
{
    public IResult Result { get; } = result;

    public Task ExecuteResultAsync(ActionContext context) => Result.ExecuteAsync(context.HttpContext);
}
