using System.Collections.Generic;

namespace PeerPractice.PostgreSql;

/// <summary>
/// The schema, as an ordered list of migrations; <c>peerpractice_meta.schema_version</c> records how
/// many have run. Tables are prefixed <c>peerpractice_</c> so the database can also hold Orleans'
/// clustering tables. Never edit a released migration: add a new one.
/// </summary>
internal static class PostgreSqlSchema
{
    public const string VersionKey = "schema_version";

    /// <summary>Serializes migrations of several processes opening one database at once (a transaction-level advisory lock).</summary>
    public const long MigrationLock = 0x5065_6572_5072_6163; // "PeerPrac"

    public const string Meta = "CREATE TABLE IF NOT EXISTS peerpractice_meta (key text PRIMARY KEY, value text NOT NULL)";

    public static IReadOnlyList<string> Migrations { get; } =
    [
        // 1: the session event log, members and pairing history.
        """
        CREATE TABLE peerpractice_sessions (
            id           text COLLATE "C" PRIMARY KEY,
            agenda_id    text NOT NULL,
            agenda_json  text NOT NULL,
            created_at   text NOT NULL,
            created_utc  bigint NOT NULL,
            participants text NOT NULL,
            host_data    text,
            status       text NOT NULL,
            version      bigint NOT NULL DEFAULT 0,
            clock_at     text,
            clock_utc    bigint
        );
        CREATE INDEX peerpractice_sessions_by_created ON peerpractice_sessions(created_utc, id);
        CREATE INDEX peerpractice_sessions_by_status ON peerpractice_sessions(status);

        CREATE TABLE peerpractice_session_events (
            session_id text COLLATE "C" NOT NULL REFERENCES peerpractice_sessions(id),
            sequence   bigint NOT NULL,
            kind       text NOT NULL,
            encrypted  boolean NOT NULL,
            payload    bytea NOT NULL,
            PRIMARY KEY (session_id, sequence)
        );

        CREATE TABLE peerpractice_members (
            id       text COLLATE "C" PRIMARY KEY,
            json     text NOT NULL,
            imported text NOT NULL
        );

        CREATE TABLE peerpractice_rounds (
            id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            created_at text NOT NULL,
            seed       bigint NOT NULL,
            kind       text NOT NULL
        );

        CREATE TABLE peerpractice_pairings (
            round_id bigint NOT NULL REFERENCES peerpractice_rounds(id),
            member_a text COLLATE "C" NOT NULL,
            member_b text COLLATE "C" NOT NULL,
            met      boolean,
            rating   integer CHECK (rating BETWEEN 1 AND 5),
            feedback text,
            PRIMARY KEY (round_id, member_a, member_b),
            CHECK (member_a < member_b)
        );
        CREATE INDEX peerpractice_pairings_by_pair ON peerpractice_pairings(member_a, member_b);

        CREATE TABLE peerpractice_sit_outs (
            round_id  bigint NOT NULL REFERENCES peerpractice_rounds(id),
            member_id text COLLATE "C" NOT NULL,
            PRIMARY KEY (round_id, member_id)
        );
        """,
    ];

    public static int LatestVersion => Migrations.Count;
}
