using System;
using System.Diagnostics.CodeAnalysis;

namespace PeerPractice;

/// <summary>
/// The outcome of a step of a workflow between sessions (an RSVP, a seating, a debrief, an introduction
/// or its answer): the new state, or the reason the step was refused. A refused step changed nothing.
/// The library's one refusal type for such steps: a step with more to report returns a record of it as
/// <typeparamref name="T"/> (such as <c>AnsweredIntroduction</c>), not a result type of its own.
/// </summary>
/// <typeparam name="T">The state a step produces, such as a breakfast event, a visit plan or an introduction.</typeparam>
/// <param name="Value">The new state; null when refused.</param>
/// <param name="Refusal">Why the step was refused, worded for people; null when it was done.</param>
public sealed record WorkflowResult<T>(T? Value, string? Refusal)
    where T : class
{
    /// <summary>True when the step was done.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool Succeeded => Refusal is null && Value is not null;
}

/// <summary>Creates <see cref="WorkflowResult{T}"/>s.</summary>
public static class WorkflowResult
{
    /// <summary>A step done.</summary>
    /// <typeparam name="T">The state's type.</typeparam>
    /// <param name="value">The new state.</param>
    public static WorkflowResult<T> Done<T>(T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(value, null);
    }

    /// <summary>A step refused; nothing changed.</summary>
    /// <typeparam name="T">The state's type.</typeparam>
    /// <param name="reason">Why, and what to do instead.</param>
    public static WorkflowResult<T> Refused<T>(string reason)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(reason);
        return new(null, reason);
    }
}
