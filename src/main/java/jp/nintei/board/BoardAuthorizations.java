package jp.nintei.board;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import jp.nintei.security.Roles;

/**
 * What the secretariat may see in Tasklist beyond the tasks offered to them: the board's two
 * processes, their instances and variables (so the task list shows 案件 and 審査会), and
 * nothing of the other stages. Adds only what is missing, after the staff groups exist.
 */
@Component
class BoardAuthorizations {

    private final AuthorizationService authorizations;

    BoardAuthorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    public void setUp() {
        String group = Roles.groupId(Roles.BOARD_SECRETARIAT);
        for (String process : new String[] {"board-review", BoardProcess.SESSION_PROCESS}) {
            grant(group, process, Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                    ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, ProcessDefinitionPermissions.READ_TASK,
                    ProcessDefinitionPermissions.READ_TASK_VARIABLE, ProcessDefinitionPermissions.READ_HISTORY);
        }
    }

    private void grant(String groupId, String processKey, Permission... permissions) {
        boolean exists = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(Resources.PROCESS_DEFINITION).resourceId(processKey).count() > 0;
        if (exists) {
            return;
        }
        var authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(Resources.PROCESS_DEFINITION);
        authorization.setResourceId(processKey);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }
}
