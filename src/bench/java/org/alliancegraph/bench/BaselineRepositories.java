package org.alliancegraph.bench;

import java.util.List;

import org.alliancegraph.bench.BaselineEntities.BAlliance;
import org.alliancegraph.bench.BaselineEntities.BFragilityDomain;
import org.alliancegraph.bench.BaselineEntities.BOrganisation;
import org.alliancegraph.bench.BaselineEntities.BSdgTarget;
import org.alliancegraph.bench.BaselineEntities.BTerritory;
import org.springframework.data.neo4j.repository.Neo4jRepository;
import org.springframework.data.neo4j.repository.query.Query;

/** Repositories of the naive baseline: one call per field of the answer, as per-field resolvers would make. */
public final class BaselineRepositories {

    private BaselineRepositories() {
    }

    public interface Organisations extends Neo4jRepository<BOrganisation, String> {

        @Query("""
                MATCH p = (s:Territory {id: $territory})<-[:PART_OF*0..4]-(:Territory)<-[:LOCATED_IN]-(o:Organisation)
                WHERE all(n IN nodes(p)[1..-2] WHERE n.level <> 'EPCI')
                RETURN DISTINCT o""")
        List<BOrganisation> locatedIn(String territory);

        /** The sub-territories (of the given levels, right under the scope) an organisation is located in. */
        @Query("""
                MATCH p = (o:Organisation {id: $id})-[:LOCATED_IN]->(:Territory)-[:PART_OF*0..4]->(c:Territory)-[:PART_OF]->(:Territory {id: $scope})
                WHERE c.level IN $levels AND all(n IN nodes(p)[2..-2] WHERE n.level <> 'EPCI')
                RETURN DISTINCT c.id""")
        List<String> subTerritories(String id, String scope, List<String> levels);
    }

    public interface Alliances extends Neo4jRepository<BAlliance, String> {

        @Query("""
                MATCH (:Organisation {id: $organisation})-[:PARTNER_IN]->(a:Alliance)
                WITH DISTINCT a
                MATCH (a)<-[r:PARTNER_IN]-(m:Organisation)
                RETURN a, collect(r), collect(m)""")
        List<BAlliance> withPartner(String organisation);

        @Query("""
                MATCH p = (s:Territory {id: $territory})<-[:PART_OF*0..4]-(:Territory)<-[:ACTS_IN]-(a:Alliance)
                WHERE all(n IN nodes(p)[1..-2] WHERE n.level <> 'EPCI')
                WITH DISTINCT a
                MATCH (a)<-[r:PARTNER_IN]-(m:Organisation)
                RETURN a, collect(r), collect(m)""")
        List<BAlliance> actingIn(String territory);

        @Query("MATCH (:Alliance {id: $id})-[:CONTRIBUTES_TO]->(t:SdgTarget) RETURN t.code")
        List<String> targetsOf(String id);

        @Query("MATCH (:Alliance {id: $id})-[:ADDRESSES]->(d:FragilityDomain) RETURN d.code")
        List<String> domainsOf(String id);

        @Query("""
                MATCH p = (a:Alliance {id: $id})-[:ACTS_IN]->(:Territory)-[:PART_OF*0..4]->(c:Territory)-[:PART_OF]->(:Territory {id: $scope})
                WHERE c.level IN $levels AND all(n IN nodes(p)[2..-2] WHERE n.level <> 'EPCI')
                RETURN DISTINCT c.id""")
        List<String> subTerritories(String id, String scope, List<String> levels);
    }

    public interface Territories extends Neo4jRepository<BTerritory, String> {

        @Query("MATCH (c:Territory)-[:PART_OF]->(:Territory {id: $scope}) WHERE c.level IN $levels RETURN c ORDER BY c.code")
        List<BTerritory> children(String scope, List<String> levels);
    }

    public interface SdgTargets extends Neo4jRepository<BSdgTarget, String> {
    }

    public interface FragilityDomains extends Neo4jRepository<BFragilityDomain, String> {
    }
}
