using System;

namespace PeerPractice.Agendas;

/// <summary>What the listeners give back after a speaker.</summary>
public enum ResponseKind
{
    /// <summary>Their own perspective: "yeah, I know what you mean".</summary>
    Perspective,

    /// <summary>Concrete suggestions.</summary>
    Suggestions,

    /// <summary>Clarifying questions.</summary>
    Questions,
}

/// <summary>The listeners' turn after each speaker of an item.</summary>
/// <param name="Kind">What the listeners give back.</param>
/// <param name="Timebox">How long the listeners have, shared between them.</param>
public sealed record ResponsePhase(ResponseKind Kind, TimeSpan Timebox);
