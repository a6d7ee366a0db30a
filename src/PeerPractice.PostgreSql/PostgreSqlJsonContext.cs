using System.Collections.Generic;
using System.Text.Json.Serialization;
using PeerPractice.Sessions;

namespace PeerPractice.PostgreSql;

/// <summary>How participants are kept in the sessions table (the same JSON as the SQLite engine).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(List<Participant>))]
internal sealed partial class PostgreSqlJsonContext : JsonSerializerContext;
