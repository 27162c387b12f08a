package org.alliancegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerritoryIdsTest {

    @Test
    void accepts_the_documented_forms() {
        assertThat(TerritoryIds.normalise("FR")).hasValue("FR");
        assertThat(TerritoryIds.normalise("region:11")).hasValue("region:11");
        assertThat(TerritoryIds.normalise("departement:2a")).hasValue("departement:2A");
        assertThat(TerritoryIds.normalise("75056")).hasValue("commune:75056");
        assertThat(TerritoryIds.normalise("2A004")).hasValue("commune:2A004");
        assertThat(TerritoryIds.normalise("200054781")).hasValue("epci:200054781");
        assertThat(TerritoryIds.normalise(" commune:37261 ")).hasValue("commune:37261");
    }

    @Test
    void rejects_anything_else() {
        assertThat(TerritoryIds.normalise("Paris")).isEmpty();
        assertThat(TerritoryIds.normalise("planet:3")).isEmpty();
        assertThat(TerritoryIds.normalise("7505")).isEmpty();
        assertThat(TerritoryIds.normalise("region:11 OR 1=1")).isEmpty();
    }
}
