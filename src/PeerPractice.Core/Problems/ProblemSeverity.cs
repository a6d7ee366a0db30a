namespace PeerPractice;

/// <summary>How serious a <see cref="Problem"/> is.</summary>
public enum ProblemSeverity
{
    /// <summary>The input can still be used, but probably not as meant (for example timeboxes that overrun the duration).</summary>
    Warning,

    /// <summary>The input cannot be used until this is fixed.</summary>
    Error,
}
