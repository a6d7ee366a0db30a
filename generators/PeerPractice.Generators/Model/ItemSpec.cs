namespace PeerPractice.Generators.Model;

/// <summary>One agenda item's generated names and where to find it in the definition.</summary>
/// <param name="MemberName">The enum member and property name.</param>
/// <param name="Index">Position among all items, in agenda order (the <c>ItemId</c> value).</param>
/// <param name="SectionIndex">Position of its section.</param>
/// <param name="IndexInSection">Position within its section.</param>
internal sealed record ItemSpec(string MemberName, int Index, int SectionIndex, int IndexInSection);
