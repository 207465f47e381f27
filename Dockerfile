# Multi-stage build: Maven builds the jar, a JRE image runs it.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY processes processes
COPY forms forms
COPY templates templates
COPY src src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 nintei
WORKDIR /app
COPY --from=build /src/target/nintei-*.jar /app/nintei.jar
USER nintei
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/nintei.jar"]
