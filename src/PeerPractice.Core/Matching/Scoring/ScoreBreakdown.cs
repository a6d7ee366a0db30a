using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>A pair's score and where every point came from.</summary>
/// <param name="Total">The sum of the components' points.</param>
/// <param name="Format">The format the pair would meet in (in person beats virtual), or none.</param>
/// <param name="Components">One line per component, in <see cref="ScoreComponentKind"/> order.</param>
public sealed record ScoreBreakdown(int Total, MeetingFormats Format, ValueArray<ScoreComponent> Components);
