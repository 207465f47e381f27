package jp.nintei.engine;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import jp.nintei.web.InvalidInputException;
import jp.nintei.web.NotFoundException;
import jp.nintei.web.StateConflictException;

/**
 * Camunda's REST APIs (/engine-rest and the webapps' /camunda/api/engine, which Tasklist calls)
 * answer 500 when a task listener refuses a form: the engine wraps the listener's exception
 * (ENGINE-03051) and the task resource turns that into a RestException 500. These mappers look
 * through the wrapping for our own exceptions and answer as the rest of the application does
 * (InvalidInputException 400, NotFoundException 404, StateConflictException 409) with the
 * Japanese message, which Tasklist shows. A 500 that Camunda's task resources make of an
 * engine error caused by the request (an unknown task id, a BadUserRequestException) becomes the
 * 404/400 it is; anything else is answered exactly as Camunda would.
 * Registered in every Jersey application by {@link Registration} (META-INF/services).
 */
public final class EngineRestErrors {

    /** Above Camunda's own mappers for the same exception types (default priority 5000). */
    static final int PRIORITY = 1000;

    private EngineRestErrors() {
    }

    static Response toResponse(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            Response.Status status = statusOf(t);
            if (status != null) {
                return response(status, (ProcessEngineException) t, t.getMessage());
            }
        }
        if (failure instanceof RestException rest && rest.getStatus() == Response.Status.INTERNAL_SERVER_ERROR) {
            // Camunda's task resources turn every engine error into a 500, a request for an unknown task included
            // (NullValueException "Cannot find task with id …").
            if (rest.getCause() instanceof NullValueException
                    || rest.getCause() instanceof org.camunda.bpm.engine.exception.NotFoundException) {
                return response(Response.Status.NOT_FOUND, (ProcessEngineException) rest.getCause(), rest.getMessage());
            }
            if (rest.getCause() instanceof BadUserRequestException cause) {
                return response(Response.Status.BAD_REQUEST, cause, rest.getMessage());
            }
        }
        return ExceptionHandlerHelper.getInstance().getResponse(failure);
    }

    private static Response response(Response.Status status, ProcessEngineException e, String message) {
        ExceptionDto dto = new ExceptionDto();
        dto.setType(e.getClass().getSimpleName());
        dto.setMessage(message);
        dto.setCode(e.getCode());
        return Response.status(status).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static Response.Status statusOf(Throwable t) {
        if (t instanceof InvalidInputException) {
            return Response.Status.BAD_REQUEST;
        }
        if (t instanceof NotFoundException) {
            return Response.Status.NOT_FOUND;
        }
        if (t instanceof StateConflictException) {
            return Response.Status.CONFLICT;
        }
        return null;
    }

    public static final class RestExceptions implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException e) {
            return EngineRestErrors.toResponse(e);
        }
    }

    public static final class EngineExceptions implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException e) {
            return EngineRestErrors.toResponse(e);
        }
    }

    /** Adds the mappers to each Jersey application, Camunda's included, without touching their configuration. */
    public static final class Registration implements ForcedAutoDiscoverable {
        @Override
        public void configure(FeatureContext context) {
            if (!context.getConfiguration().isRegistered(RestExceptions.class)) {
                context.register(RestExceptions.class, PRIORITY);
                context.register(EngineExceptions.class, PRIORITY);
            }
        }
    }
}
