package jp.nintei.primary;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Camunda group of 認定ソフト bridges (technical users): they may fetch, lock and fail the
 * external tasks of the primary-determination process through /engine-rest, and nothing else.
 * Spring sees its members with the role NINTEISOFT_BRIDGE. Runs after AuthorizationSetup.
 */
@Component
class BridgeAccess {

    static final String GROUP = "ninteisoft-bridge";
    static final String ROLE = "NINTEISOFT_BRIDGE";
    static final String PROCESS = "primary-determination";

    private final IdentityService identity;
    private final AuthorizationService authorizations;

    BridgeAccess(IdentityService identity, AuthorizationService authorizations) {
        this.identity = identity;
        this.authorizations = authorizations;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void setUp() {
        if (identity.createGroupQuery().groupId(GROUP).count() == 0) {
            var group = identity.newGroup(GROUP);
            group.setName("認定ソフト連携");
            group.setType("SYSTEM");
            identity.saveGroup(group);
        }
        boolean granted = authorizations.createAuthorizationQuery().groupIdIn(GROUP)
                .resourceType(Resources.PROCESS_DEFINITION).resourceId(PROCESS).count() > 0;
        if (!granted) {
            var authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(GROUP);
            authorization.setResource(Resources.PROCESS_DEFINITION);
            authorization.setResourceId(PROCESS);
            for (Permission p : new Permission[] {Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                    ProcessDefinitionPermissions.UPDATE_INSTANCE}) {
                authorization.addPermission(p);
            }
            authorizations.saveAuthorization(authorization);
        }
    }
}
