package nl.nsp.planner.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CbsCellIdTest {
    @Test
    void decodesHectometresToSouthWestCornerAndCentre() {
        CbsCellId c = CbsCellId.parse("E0974N4514", 100);
        assertThat(c.westMetres()).isEqualTo(97_400);
        assertThat(c.southMetres()).isEqualTo(451_400);
        assertThat(c.centre()).isEqualTo(new RdPoint(97_450, 451_450));
        assertThat(c.id()).isEqualTo("E0974N4514");
    }

    @Test
    void fiveHundredMetreCellCentreIsTwoHundredFiftyIn() {
        assertThat(CbsCellId.parse("E0970N4510", 500).centre()).isEqualTo(new RdPoint(97_250, 451_250));
    }

    @Test
    void rejectsMalformedIds() {
        assertThatThrownBy(() -> CbsCellId.parse("E974N4514", 100)).hasMessageContaining("E974N4514");
        assertThatThrownBy(() -> CbsCellId.parse("E0974N4514", 50)).hasMessageContaining("50");
    }
}
