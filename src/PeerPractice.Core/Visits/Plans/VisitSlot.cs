using System;
using PeerPractice.Collections;
using PeerPractice.Sessions;

namespace PeerPractice.Visits;

/// <summary>
/// One block of the visit's agenda: a topic, the host people who take it, and question time
/// given equally to both sides (the visitors ask, then the hosts ask back), because the seed's
/// advice is mutual learning rather than a demo.
/// </summary>
/// <param name="Start">Offset from the start of the visit.</param>
/// <param name="Duration">How long the block lasts, question time included.</param>
/// <param name="Title">Shown to people.</param>
/// <param name="TopicId">A topic of the catalog, or null for tours, breaks and wrap-ups.</param>
/// <param name="HostPeople">The host's key personnel for this block.</param>
/// <param name="QuestionTimeEach">Question time for each side; both sides get the same.</param>
public sealed record VisitSlot(
    TimeSpan Start,
    TimeSpan Duration,
    string Title,
    string? TopicId,
    ValueArray<Participant> HostPeople,
    TimeSpan QuestionTimeEach);
