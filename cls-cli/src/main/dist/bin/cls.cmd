@echo off
rem cls: the CLS SDK's command line (validate, explain, rules, migrate, canonicalize, digest, schema,
rem example). Runs lib\cls.jar of this installation with Java 17 or later: %JAVA_HOME%\bin\java.exe
rem when JAVA_HOME is set, else the java on the PATH. JAVA_OPTS, if set, is passed to the JVM.
rem The exit code is the command's own (0, 1 or 2: see cls --help).
setlocal
set "CLS_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA_CMD=%JAVA_HOME%\bin\java.exe") else (set "JAVA_CMD=java.exe")
rem Class-data sharing: from Java 19 on, the JVM writes an archive of the classes a run loads into
rem %LOCALAPPDATA%\cls and maps it in later runs, rewriting it when it is not this JVM's or jar's; Java 17
rem and 18 ignore the option and run without. CLS_CDS=off turns it off.
set "CDS_OPTS="
if /i not "%CLS_CDS%"=="off" if defined LOCALAPPDATA (
  if not exist "%LOCALAPPDATA%\cls" mkdir "%LOCALAPPDATA%\cls" >nul 2>&1
  if exist "%LOCALAPPDATA%\cls" set "CDS_OPTS=-XX:+IgnoreUnrecognizedVMOptions -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="%LOCALAPPDATA%\cls\cls.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off"
)
"%JAVA_CMD%" %CDS_OPTS% %JAVA_OPTS% -jar "%CLS_HOME%\lib\cls.jar" %*
exit /b %ERRORLEVEL%
