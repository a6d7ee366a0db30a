using System.Collections.Generic;
using System.Text.Json.Serialization;
using PeerPractice.Sessions;
using PeerPractice.Storage;

namespace PeerPractice.PostgreSql;

/// <summary>
/// How participants are kept in the sessions table, relationships in theirs and an introduction's
/// reasons (the same JSON as the SQLite engine).
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(List<Participant>))]
[JsonSerializable(typeof(RelationshipRow))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class PostgreSqlJsonContext : JsonSerializerContext;
