using Bot.Engine.Reference;

namespace Bot.Features.Coaching;

/// <summary>The program as reference data: handlers read it from the snapshot, the admin API replaces it.</summary>
public static class CoachingReference
{
    public const string ProgramName = "coaching.program";

    public static readonly ReferenceSet<CoachingProgram> Program = new(ProgramName, SampleProgram.Value);
}
