using PeerPractice.Collections;

namespace PeerPractice.Documents;

/// <summary>The outcome of checking a folder of override templates.</summary>
/// <param name="TemplatesChecked">How many override templates were parsed and tried.</param>
/// <param name="Problems">Every problem found; empty when the folder is good to use.</param>
public sealed record TemplateCheckResult(int TemplatesChecked, ValueArray<TemplateProblem> Problems)
{
    /// <summary>True when no problem was found.</summary>
    public bool Succeeded => Problems.IsEmpty;
}
