using System;
using System.IO;
using PeerPractice.Collections;
using PeerPractice.Matching;

namespace PeerPractice.Samples;

/// <summary>
/// The embedded default cohort of 200 synthetic members, for hosts and demos that have no data file.
/// It was made once by <see cref="MemberGenerator"/> with seed 20110722 (the first seed's date) and is
/// kept as a file, not regenerated, so that demo output stays put when the generator or the topic
/// catalog grows; its topic ids are those of <see cref="TopicCatalog.BuiltIn"/>, which the tests check.
/// </summary>
public static class DefaultMembers
{
    private const string ResourceName = "PeerPractice.Samples.default-members.json";
    private static readonly Lazy<ValueArray<MemberProfile>> _members = new(Load);

    /// <summary>The default members, loaded once.</summary>
    public static ValueArray<MemberProfile> All => _members.Value;

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
