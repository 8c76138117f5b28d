# The service image: built with the .NET 10 SDK, run on the ASP.NET Core runtime (Debian: ICU for zh-CN,
# tzdata for Asia/Shanghai). The repository's workflows/ ship inside and are imported on start.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
RUN dotnet publish src/WorkflowTalent.Server/WorkflowTalent.Server.csproj -c Release -o /app --no-self-contained

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
COPY workflows/ ./workflows/
ENV ASPNETCORE_URLS=http://+:8080 \
    Workflows__ImportFolder=/app/workflows \
    TZ=Asia/Shanghai
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "WorkflowTalent.Server.dll"]
