using System;

namespace PeerPractice.Sessions;

/// <summary>Something a participant commits to do before a later meeting.</summary>
/// <param name="Owner">The participant id of who will do it.</param>
/// <param name="Text">What will be done.</param>
/// <param name="Due">When it is due, or null.</param>
/// <param name="ItemId">The agenda item it came from, or null.</param>
public sealed record ActionItem(string Owner, string Text, DateOnly? Due, string? ItemId);
