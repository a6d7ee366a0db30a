using System.Collections.Generic;
using System.Text.Json.Serialization;
using PeerPractice.Sessions;

namespace PeerPractice.Sqlite;

/// <summary>How participants are kept in the <c>sessions</c> table (the same JSON the console host always wrote).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(List<Participant>))]
internal sealed partial class SqliteJsonContext : JsonSerializerContext;
