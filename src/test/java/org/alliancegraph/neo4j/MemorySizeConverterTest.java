package org.alliancegraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class MemorySizeConverterTest {

    @Test
    void reads_neo4j_and_spring_sizes_alike() {
        assertThat(MemorySizeConverter.parse("128m")).isEqualTo(DataSize.ofMegabytes(128));
        assertThat(MemorySizeConverter.parse(" 2G ")).isEqualTo(DataSize.ofGigabytes(2));
        assertThat(MemorySizeConverter.parse("512k")).isEqualTo(DataSize.ofKilobytes(512));
        assertThat(MemorySizeConverter.parse("128MB")).isEqualTo(DataSize.ofMegabytes(128));
        assertThat(MemorySizeConverter.parse("1048576")).isEqualTo(DataSize.ofBytes(1_048_576));
        assertThatThrownBy(() -> MemorySizeConverter.parse("lots")).isInstanceOf(IllegalArgumentException.class);
    }
}
