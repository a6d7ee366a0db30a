using PeerPractice.Sessions;

namespace PeerPractice.Matching;

/// <summary>
/// What an accepted answer to an introduction produced (<see cref="IntroductionDesk.AnswerAsync"/>, the
/// value of its <see cref="WorkflowResult{T}"/>): the introduction with the answer, and the relationship
/// that began when this answer was the second acceptance.
/// </summary>
/// <param name="Introduction">The introduction after the answer.</param>
/// <param name="Relationship">The relationship that began, when both have accepted; null otherwise.</param>
public sealed record AnsweredIntroduction(Introduction Introduction, Relationship? Relationship);
