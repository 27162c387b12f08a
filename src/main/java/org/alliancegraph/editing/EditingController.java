package org.alliancegraph.editing;

import org.alliancegraph.access.Access;
import org.alliancegraph.access.Role;
import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.organisation.Membership;
import org.alliancegraph.organisation.Organisation;
import org.alliancegraph.source.Source;
import org.alliancegraph.vocabulary.PartnerRole;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The mutations; each requires the editor role (within an editor's limits, see {@link WriteScope}) and runs as one transaction. */
@Controller
class EditingController {

    private final EditingService service;

    EditingController(EditingService service) {
        this.service = service;
    }

    @MutationMapping
    Source upsertSource(@Argument Inputs.SourceInput input) {
        require(Role.EDITOR, "writing");
        return TransientRetry.run(() -> service.upsertSource(input));
    }

    @MutationMapping
    Organisation upsertOrganisation(@Argument Inputs.OrganisationInput input) {
        require(Role.EDITOR, "writing");
        return TransientRetry.run(() -> service.upsertOrganisation(input));
    }

    @MutationMapping
    Alliance upsertAlliance(@Argument Inputs.AllianceInput input) {
        require(Role.EDITOR, "writing");
        return TransientRetry.run(() -> service.upsertAlliance(input));
    }

    @MutationMapping
    Membership setMembership(@Argument Inputs.MembershipInput input) {
        require(Role.EDITOR, "writing");
        return TransientRetry.run(() -> service.setMembership(input));
    }

    @MutationMapping
    boolean removeMembership(@Argument String alliance, @Argument String organisation, @Argument PartnerRole role) {
        require(Role.ADMIN, "removing a membership");
        return TransientRetry.run(() -> service.removeMembership(alliance, organisation, role.name()));
    }

    @MutationMapping
    Alliance setAlliancePhase(@Argument Inputs.PhaseInput input) {
        require(Role.EDITOR, "writing");
        return TransientRetry.run(() -> service.setPhase(input));
    }

    @MutationMapping
    Alliance linkAlliance(@Argument Inputs.AllianceLinksInput input) {
        require(Role.EDITOR, "writing");
        return TransientRetry.run(() -> service.changeLinks(input, true));
    }

    @MutationMapping
    Alliance unlinkAlliance(@Argument Inputs.AllianceLinksInput input) {
        require(Role.EDITOR, "writing");
        return TransientRetry.run(() -> service.changeLinks(input, false));
    }

    @MutationMapping
    Alliance setAllianceFields(@Argument Inputs.AllianceFieldsInput input) {
        require(Role.EDITOR, "writing");
        return TransientRetry.run(() -> service.setAllianceFields(input));
    }

    @MutationMapping
    Organisation mergeOrganisations(@Argument String keep, @Argument String merge) {
        require(Role.EDITOR, "merging organisations");
        return TransientRetry.run(() -> service.mergeOrganisations(keep, merge));
    }

    @MutationMapping
    boolean deleteOrganisation(@Argument String id) {
        require(Role.ADMIN, "deleting an organisation");
        return TransientRetry.run(() -> service.deleteOrganisation(id));
    }

    /** Writes need EDITOR; removing a fact (a membership) needs ADMIN. */
    private static void require(Role role, String what) {
        Access.require(role, what);
    }
}
