package org.alliancegraph.editing;

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
    private final EditorAccess access;

    EditingController(EditingService service, EditorAccess access) {
        this.service = service;
        this.access = access;
    }

    @MutationMapping
    Source upsertSource(@Argument Inputs.SourceInput input, @ContextValue(name = EditorAccess.ROLE, required = false) EditorAccess.Presented role) {
        requireEditor(role);
        return service.upsertSource(input);
    }

    @MutationMapping
    Organisation upsertOrganisation(@Argument Inputs.OrganisationInput input,
            @ContextValue(name = EditorAccess.ROLE, required = false) EditorAccess.Presented role) {
        requireEditor(role);
        return service.upsertOrganisation(input);
    }

    @MutationMapping
    Alliance upsertAlliance(@Argument Inputs.AllianceInput input,
            @ContextValue(name = EditorAccess.ROLE, required = false) EditorAccess.Presented role) {
        requireEditor(role);
        return service.upsertAlliance(input);
    }

    @MutationMapping
    Membership setMembership(@Argument Inputs.MembershipInput input,
            @ContextValue(name = EditorAccess.ROLE, required = false) EditorAccess.Presented role) {
        requireEditor(role);
        return service.setMembership(input);
    }

    @MutationMapping
    boolean removeMembership(@Argument String alliance, @Argument String organisation, @Argument PartnerRole role,
            @ContextValue(name = EditorAccess.ROLE, required = false) EditorAccess.Presented presented) {
        requireEditor(presented);
        return service.removeMembership(alliance, organisation, role.name());
    }

    @MutationMapping
    Alliance setAlliancePhase(@Argument Inputs.PhaseInput input,
            @ContextValue(name = EditorAccess.ROLE, required = false) EditorAccess.Presented role) {
        requireEditor(role);
        return service.setPhase(input);
    }

    private void requireEditor(EditorAccess.Presented role) {
        if (!access.writesEnabled()) {
            throw new AccessDeniedException(ErrorType.FORBIDDEN, "writing is disabled: no editor API key is configured "
                    + "(set alliance-graph.security.editor-api-keys)");
        }
        if (role == null || role == EditorAccess.Presented.NONE) {
            throw new AccessDeniedException(ErrorType.UNAUTHORIZED, "writing needs the editor role: send an editor API key "
                    + "in the " + EditorAccess.HEADER + " header");
        }
        if (role != EditorAccess.Presented.EDITOR) {
            throw new AccessDeniedException(ErrorType.UNAUTHORIZED, "the " + EditorAccess.HEADER + " header does not hold "
                    + "a valid editor API key");
        }
    }
}
