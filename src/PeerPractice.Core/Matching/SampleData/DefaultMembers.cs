using System;
using System.IO;
using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>
/// The embedded default cohort of 200 synthetic members (made once by <see cref="MemberGenerator"/>
/// with seed 20110722, the first seed's date), for hosts and demos that have no data file.
/// </summary>
public static class DefaultMembers
{
    private const string ResourceName = "PeerPractice.Matching.SampleData.default-members.json";
    private static readonly Lazy<ValueArray<MemberProfile>> Members = new(Load);

    /// <summary>The default members, loaded once.</summary>
    public static ValueArray<MemberProfile> All => Members.Value;

    /// <summary>The embedded JSON text, in the format <see cref="ProfileLoader"/> reads.</summary>
    public static string Json()
    {
        using var stream = typeof(DefaultMembers).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static ValueArray<MemberProfile> Load()
    {
        var result = ProfileLoader.Load(Json(), sourceName: "default-members.json");
        return result.Succeeded ? result.Value : throw new InvalidOperationException("The embedded default members do not load: " + result.Problems[0]);
    }
}
