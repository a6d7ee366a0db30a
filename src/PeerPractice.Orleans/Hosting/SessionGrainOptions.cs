using System;

namespace PeerPractice.Orleans;

/// <summary>How session grains behave (<c>services.Configure&lt;SessionGrainOptions&gt;(...)</c>).</summary>
public sealed class SessionGrainOptions
{
    /// <summary>The clock sessions run on (each continues from its last event when reactivated); <see cref="TimeProvider.System"/> when null. Orleans' own timers keep real time.</summary>
    public TimeProvider? Clock { get; set; }

    /// <summary>How often a running session's timer raises due warnings and expiries; 1 second by default.</summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the time shown is kept for a running session (one store write each); 30 seconds by default.</summary>
    public TimeSpan ClockSaveInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A session with no command and no subscriber for this long stops its timer, so its grain can be deactivated; 10 minutes by default.</summary>
    public TimeSpan IdleAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a subscription lasts unless renewed; 5 minutes by default.</summary>
    public TimeSpan SubscriptionLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The largest command or start request accepted, in characters of JSON; 64 KiB by default.</summary>
    public int MaxRequestLength { get; set; } = 64 * 1024;
}
