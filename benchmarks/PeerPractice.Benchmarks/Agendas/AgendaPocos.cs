using System.Text.Json.Serialization;

namespace PeerPractice.Benchmarks.Agendas;

// What a user would write by hand to read an agenda with System.Text.Json and no validation:
// plain classes, strings for durations, no locations. The baseline for AgendaLoadBenchmarks.
#pragma warning disable CA1812 // Instantiated by the serializer.
public sealed class AgendaPoco
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string? Format { get; set; }

    public ParticipantsPoco? Participants { get; set; }

    public string? Duration { get; set; }

    public string? Cadence { get; set; }

    public List<AgreementPoco>? Agreements { get; set; }

    public string? Rotation { get; set; }

    public List<SectionPoco>? Sections { get; set; }

    public ClosingPoco? Closing { get; set; }
}

public sealed class ParticipantsPoco
{
    public int Min { get; set; }

    public int Max { get; set; }

    public List<RolePoco>? Roles { get; set; }
}

public sealed class RolePoco
{
    public string? Name { get; set; }

    public string? Description { get; set; }
}

public sealed class AgreementPoco
{
    public string? Id { get; set; }

    public string? Text { get; set; }
}

public sealed class SectionPoco
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public List<ItemPoco>? Items { get; set; }
}

public sealed class ItemPoco
{
    public string? Id { get; set; }

    public string? Prompt { get; set; }

    public string? Turns { get; set; }

    public string? Timebox { get; set; }

    public ResponsePoco? Response { get; set; }

    public string? Guidance { get; set; }
}

public sealed class ResponsePoco
{
    public string? Kind { get; set; }

    public string? Timebox { get; set; }
}

public sealed class ClosingPoco
{
    public bool ActionItems { get; set; }

    public bool ScheduleNext { get; set; }
}
#pragma warning restore CA1812
