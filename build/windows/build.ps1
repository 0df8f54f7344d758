# Builds the Windows installer: dist\etalonium-<version>-windows-x64-setup.exe (see docs/INSTALL.md).
# Needs Python 3.11 (python.org, x64) and Inno Setup 6 (iscc on PATH or in its default folder).
# Run from the repository root:  powershell -ExecutionPolicy Bypass -File build\windows\build.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

if (-not (Test-Path .venv)) { py -3.11 -m venv .venv }
$py = ".venv\Scripts\python.exe"
& $py -m pip install --quiet --upgrade pip
& $py -m pip install --quiet -e ".[bundle]"
if ($LASTEXITCODE) { throw "pip install failed" }

$env:QT_QPA_PLATFORM = "offscreen"   # the icons are rendered by Qt without a screen
& $py -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath dist\.work build\etalonium.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }

# The bundle must start on its own before it is packed.
$env:QT_QPA_PLATFORM = "offscreen"
$p = Start-Process -FilePath dist\etalonium\etalonium.exe -ArgumentList "--temp-profile", "--self-test" -Wait -PassThru
if ($p.ExitCode -ne 0) { throw "the bundle's self-test failed ($($p.ExitCode))" }

$version = & $py -c "from etalonium_desktop import __version__; print(__version__)"
$iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" build\windows\etalonium.iss
if ($LASTEXITCODE) { throw "Inno Setup failed" }
Write-Host "dist\etalonium-$version-windows-x64-setup.exe"
