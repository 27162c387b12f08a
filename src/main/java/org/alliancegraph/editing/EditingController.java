package org.alliancegraph.editing;

import org.alliancegraph.access.ApiKeys;
import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.alliance.Membership;
import org.alliancegraph.alliance.PartnerRole;
import org.alliancegraph.api.AccessDeniedException;
import org.alliancegraph.organisation.Organisation;
import org.alliancegraph.source.Source;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Controller;

/** The mutations; each requires the editor role and runs as one transaction. */
@Controller
class EditingController {

    private final EditingService service;
    private final ApiKeys access;

    EditingController(EditingService service, ApiKeys access) {
        this.service = service;
        this.access = access;
    }

    @MutationMapping
    Source upsertSource(@Argument Inputs.SourceInput input, @ContextValue(name = EditorAccess.ROLE, required = false) ApiKeys.Presented role) {
        requireEditor(role);
        return TransientRetry.run(() -> service.upsertSource(input));
    }

    @MutationMapping
    Organisation upsertOrganisation(@Argument Inputs.OrganisationInput input,
            @ContextValue(name = EditorAccess.ROLE, required = false) ApiKeys.Presented role) {
        requireEditor(role);
        return TransientRetry.run(() -> service.upsertOrganisation(input));
    }

    @MutationMapping
    Alliance upsertAlliance(@Argument Inputs.AllianceInput input,
            @ContextValue(name = EditorAccess.ROLE, required = false) ApiKeys.Presented role) {
        requireEditor(role);
        return TransientRetry.run(() -> service.upsertAlliance(input));
    }

    @MutationMapping
    Membership setMembership(@Argument Inputs.MembershipInput input,
            @ContextValue(name = EditorAccess.ROLE, required = false) ApiKeys.Presented role) {
        requireEditor(role);
        return TransientRetry.run(() -> service.setMembership(input));
    }

    @MutationMapping
    boolean removeMembership(@Argument String alliance, @Argument String organisation, @Argument PartnerRole role,
            @ContextValue(name = EditorAccess.ROLE, required = false) ApiKeys.Presented presented) {
        requireEditor(presented);
        return TransientRetry.run(() -> service.removeMembership(alliance, organisation, role.name()));
    }

    @MutationMapping
    Alliance setAlliancePhase(@Argument Inputs.PhaseInput input,
            @ContextValue(name = EditorAccess.ROLE, required = false) ApiKeys.Presented role) {
        requireEditor(role);
        return TransientRetry.run(() -> service.setPhase(input));
    }

    @MutationMapping
    Alliance linkAlliance(@Argument Inputs.AllianceLinksInput input,
            @ContextValue(name = EditorAccess.ROLE, required = false) ApiKeys.Presented role) {
        requireEditor(role);
        return TransientRetry.run(() -> service.changeLinks(input, true));
    }

    @MutationMapping
    Alliance unlinkAlliance(@Argument Inputs.AllianceLinksInput input,
            @ContextValue(name = EditorAccess.ROLE, required = false) ApiKeys.Presented role) {
        requireEditor(role);
        return TransientRetry.run(() -> service.changeLinks(input, false));
    }

    private void requireEditor(ApiKeys.Presented role) {
        ApiKeys.Refusal refusal = access.refusal(role, "writing");
        if (refusal != null) {
            throw new AccessDeniedException(refusal.unauthenticated() ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN,
                    refusal.message());
        }
    }
}
