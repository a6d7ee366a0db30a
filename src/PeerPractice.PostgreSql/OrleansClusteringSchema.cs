using System;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;

namespace PeerPractice.PostgreSql;

/// <summary>
/// The tables and named queries Orleans' ADO.NET clustering provider (invariant <c>Npgsql</c>) reads
/// and writes, for a cluster whose silos find each other through the same PostgreSQL database as the
/// PeerPractice store. Orleans' own scripts are not in its NuGet package; this is PeerPractice's
/// implementation of the provider's contract: the provider loads every query by key from
/// <c>OrleansQuery</c>, passes parameters by name and reads result columns by name, and a write
/// returns 1 when it took effect and 0 when the membership version it named was stale.
/// </summary>
public static class OrleansClusteringSchema
{
    /// <summary>Serializes two processes creating the schema at once (a transaction-level advisory lock).</summary>
    private const long CreateLock = 0x5065_6572_4F72_6C6E; // "PeerOrln"

    /// <summary>
    /// Creates (or brings up to date) the clustering tables, functions and queries; safe to call from
    /// every silo at start, and with the store's tables in the same database. Call it before the silo starts.
    /// </summary>
    /// <param name="connectionString">The cluster's database (it must exist).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the schema is in place.</returns>
    /// <exception cref="StoreException">The database could not be reached or refused the schema.</exception>
    public static async Task EnsureCreatedAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({CreateLock}); " + Schema, connection, transaction))
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException e)
        {
            throw new StoreException(StoreErrorKind.WriteFailed, $"Could not create Orleans' clustering tables: {e.Message}", e);
        }
    }

    // Unquoted names fold to lower case; the provider reads columns by name without regard to case.
    // Every write that names a membership version changes the member row and bumps the version in one
    // transaction, or neither (the inner block's exception undoes the first change).
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS OrleansQuery (
            QueryKey  varchar(64) PRIMARY KEY,
            QueryText text NOT NULL
        );

        CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable (
            DeploymentId varchar(150) PRIMARY KEY,
            Timestamp    timestamptz NOT NULL DEFAULT now(),
            Version      integer NOT NULL DEFAULT 0
        );

        CREATE TABLE IF NOT EXISTS OrleansMembershipTable (
            DeploymentId varchar(150) NOT NULL REFERENCES OrleansMembershipVersionTable (DeploymentId),
            Address      varchar(45) NOT NULL,
            Port         integer NOT NULL,
            Generation   integer NOT NULL,
            SiloName     varchar(150) NOT NULL,
            HostName     varchar(150) NOT NULL,
            Status       integer NOT NULL,
            ProxyPort    integer,
            SuspectTimes text,
            StartTime    timestamptz NOT NULL,
            IAmAliveTime timestamptz NOT NULL,
            PRIMARY KEY (DeploymentId, Address, Port, Generation)
        );

        CREATE OR REPLACE FUNCTION peerpractice_orleans_add_member(
            p_cluster varchar, p_address varchar, p_port integer, p_generation integer, p_silo varchar, p_host varchar,
            p_status integer, p_proxy integer, p_started timestamptz, p_alive timestamptz, p_version integer)
        RETURNS integer LANGUAGE plpgsql AS $$
        BEGIN
            BEGIN
                INSERT INTO OrleansMembershipTable (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
                VALUES (p_cluster, p_address, p_port, p_generation, p_silo, p_host, p_status, p_proxy, p_started, p_alive)
                ON CONFLICT DO NOTHING;
                IF NOT FOUND THEN
                    RETURN 0;
                END IF;
                UPDATE OrleansMembershipVersionTable SET Version = Version + 1, Timestamp = now()
                WHERE DeploymentId = p_cluster AND Version = p_version;
                IF NOT FOUND THEN
                    RAISE EXCEPTION 'stale membership version' USING ERRCODE = 'PPS01';
                END IF;
                RETURN 1;
            EXCEPTION WHEN SQLSTATE 'PPS01' THEN
                RETURN 0;
            END;
        END $$;

        CREATE OR REPLACE FUNCTION peerpractice_orleans_update_member(
            p_cluster varchar, p_address varchar, p_port integer, p_generation integer,
            p_status integer, p_suspects text, p_alive timestamptz, p_version integer)
        RETURNS integer LANGUAGE plpgsql AS $$
        BEGIN
            BEGIN
                UPDATE OrleansMembershipVersionTable SET Version = Version + 1, Timestamp = now()
                WHERE DeploymentId = p_cluster AND Version = p_version;
                IF NOT FOUND THEN
                    RETURN 0;
                END IF;
                UPDATE OrleansMembershipTable SET Status = p_status, SuspectTimes = p_suspects, IAmAliveTime = p_alive
                WHERE DeploymentId = p_cluster AND Address = p_address AND Port = p_port AND Generation = p_generation;
                IF NOT FOUND THEN
                    RAISE EXCEPTION 'no such member' USING ERRCODE = 'PPS01';
                END IF;
                RETURN 1;
            EXCEPTION WHEN SQLSTATE 'PPS01' THEN
                RETURN 0;
            END;
        END $$;

        INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
        ('InsertMembershipVersionKey', $q$
            WITH added AS (
                INSERT INTO OrleansMembershipVersionTable (DeploymentId) VALUES (@DeploymentId)
                ON CONFLICT DO NOTHING RETURNING 1)
            SELECT count(*)::integer FROM added
        $q$),
        ('InsertMembershipKey', $q$
            SELECT peerpractice_orleans_add_member(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
                @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version)
        $q$),
        ('UpdateMembershipKey', $q$
            SELECT peerpractice_orleans_update_member(@DeploymentId, @Address, @Port, @Generation,
                @Status, @SuspectTimes, @IAmAliveTime, @Version)
        $q$),
        ('UpdateIAmAlivetimeKey', $q$
            UPDATE OrleansMembershipTable SET IAmAliveTime = @IAmAliveTime
            WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation
        $q$),
        ('MembershipReadRowKey', $q$
            SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
                   m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
            FROM OrleansMembershipVersionTable v
            LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
                AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
            WHERE v.DeploymentId = @DeploymentId
        $q$),
        ('MembershipReadAllKey', $q$
            SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
                   m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
            FROM OrleansMembershipVersionTable v
            LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
            WHERE v.DeploymentId = @DeploymentId
        $q$),
        ('DeleteMembershipTableEntriesKey', $q$
            DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId;
            DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId
        $q$),
        ('GatewaysQueryKey', $q$
            SELECT Address, ProxyPort, Generation FROM OrleansMembershipTable
            WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0
        $q$),
        ('CleanupDefunctSiloEntriesKey', $q$
            DELETE FROM OrleansMembershipTable
            WHERE DeploymentId = @DeploymentId AND IAmAliveTime < @IAmAliveTime AND Status <> 3
        $q$),
        ('CleanupDefunctSiloEntryKey', $q$
            DELETE FROM OrleansMembershipTable
            WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation AND Status <> 3
        $q$)
        ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
        """;
}
