# Build: docker build -t jixiao-docs .   Run: docker run -p 7070:7070 jixiao-docs
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY templates templates
COPY fonts fonts
COPY fixtures fixtures
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
# The fonts are inside the jar; curl is for the health check.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app jixiao
WORKDIR /app
COPY --from=build /src/target/jixiao-docs.jar /app/jixiao-docs.jar
COPY --from=build /src/fixtures/001-julu-2024.json /tmp/example/in/example.json
# A class-data-sharing archive made by this image's own JVM (an archive only serves the JVM build and jar that made
# it): a batch of one plan records the classes a render, the review and the manifest load, and every later start
# maps them instead of loading and verifying them.
RUN java -XX:ArchiveClassesAtExit=/app/jixiao-docs.jsa -jar /app/jixiao-docs.jar batch /tmp/example/in /tmp/example/out \
 && rm -rf /tmp/example
ENV LANG=C.UTF-8 \
    PORT=7070 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
USER 10001
EXPOSE 7070
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD curl -fsS http://127.0.0.1:7070/health || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/jixiao-docs.jsa", "-jar", "/app/jixiao-docs.jar"]
CMD ["serve"]
