using PeerPractice.Collections;

namespace PeerPractice.Generators.Model;

/// <summary>One section's nested class name and its items.</summary>
/// <param name="ClassName">The nested static class name.</param>
/// <param name="Index">Position of the section in the agenda.</param>
/// <param name="Items">The section's items, in order.</param>
internal sealed record SectionSpec(string ClassName, int Index, ValueArray<ItemSpec> Items);
