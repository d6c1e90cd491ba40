package nl.nsp.planner.api;

import nl.nsp.planner.api.geojson.WgsBox;
import nl.nsp.planner.store.RdEnvelope;

/** The part of the country a request asks for: a safety region, a municipality, or a lon/lat box. */
public sealed interface Area {
    /** A safety region known to the store. */
    record Region(String code) implements Area {
    }

    /** A municipality known to the store. */
    record Municipality(String code) implements Area {
    }

    /** A lon/lat box and the RD envelope that holds it. */
    record Box(WgsBox wgs, RdEnvelope rd) implements Area {
    }
}
