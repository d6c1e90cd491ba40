package nl.nsp.planner.reach;

/** The levels coverage is aggregated at; every demand point belongs to exactly one group per level. */
public enum AreaLevel {
    /** Gemeente, by {@code GM####} code; points in no known municipality form the group {@code ""}. */
    MUNICIPALITY,
    /** Veiligheidsregio, by {@code VR##} code; points of unknown region form the group {@code ""}. */
    REGION,
    /** CBS urbanity class of the point's municipality, {@code "1"}..{@code "5"}, or {@code "0"} when unknown. */
    URBANITY,
    /** Everything, one group {@code "total"}. */
    TOTAL
}
