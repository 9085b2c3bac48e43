using PlanBot.Core.Planning;

namespace PlanBot.Core.Tracking;

/// <summary>
/// Publishing in one call, as <c>/planbot publish</c> and the merge handler need it: progress read off the
/// repository (so the tracker shows it), the desired state, and the change set that gets there. Apply the
/// <see cref="ProgressTracker"/> update first: publishing rewrites the tracker, including its record of which
/// weeks were closed, and a week closed early would then get no comment.
/// </summary>
public sealed class PlanPublisher
{
    private readonly ProgressCalculator calculator = new();
    private readonly DesiredStateBuilder builder = new();
    private readonly PlanReconciler reconciler = new();

    public ChangeSet Publish(PlanDocument plan, ActualState actual, TrackingOptions options, DateOnly today) =>
        reconciler.Reconcile(builder.Build(plan, options, calculator.Calculate(plan, actual, today)), actual);
}
