package org.alliancegraph.matching;

import java.util.List;

import org.alliancegraph.api.InvalidInputException;
import org.alliancegraph.vocabulary.OrganisationKind;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code matchOrganisations}: one query to {@link Matcher}. */
@Controller
class MatchingController {

    private final Matcher matcher;

    MatchingController(Matcher matcher) {
        this.matcher = matcher;
    }

    @QueryMapping
    List<Candidate> matchOrganisations(@Argument String name, @Argument OrganisationKind kind, @Argument String place,
            @Argument String siren, @Argument String rna, @Argument Integer first) {
        int n = first == null ? 5 : first;
        if (n < 1 || n > Matcher.MAX_LIMIT) {
            throw new InvalidInputException("first", "first must be between 1 and " + Matcher.MAX_LIMIT);
        }
        MatchQuery query = new MatchQuery(name, kind == null ? null : kind.name(), place, siren, rna, n);
        if (query.name() == null && query.siren() == null && query.rna() == null) {
            throw new InvalidInputException("name", "give a name, a SIREN or an RNA number to match");
        }
        String problem = matcher.placeProblem(place);
        if (problem != null) {
            throw new InvalidInputException("place", problem);
        }
        return matcher.match(List.of(query)).getFirst();
    }
}
